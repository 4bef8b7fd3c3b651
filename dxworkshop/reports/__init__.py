"""Documents and charts: matplotlib Figures (Agg, no pyplot state) and python-docx documents."""
