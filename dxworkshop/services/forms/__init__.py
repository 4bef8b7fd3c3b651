"""The returned-form round trip that every Word form filled in by hand is declared on.

- :mod:`.identity` — which programme (round, hearing …) a file belongs to: its custom
  properties, the hidden row markers and the signature binding them to one programme file;
  opening a returned file safely.
- :mod:`.fields` — the cells of a row, the text a person sees in them, reading a number
  area, and how an answer area that cannot be made out is reported.
- :mod:`.marks` — the ☐/■ boxes of a choice and which option a person marked.
- :mod:`.preview` — what a returned form holds that no field takes (text typed beside the
  fields, copied or inserted rows, retyped labels, review comments), as warnings that quote
  the text and say where it stands, so nothing a person wrote vanishes without a word.
- :mod:`.apply` — the plan applied or only shown (a dry run), and as one undoable operation.

Each form declares its own rows on these: ``services.hearing_sheet`` (事前ヒアリングシート)
and ``services.feedback_form`` (フィードバック依頼票); their import plans are previews (what
would change, with warnings) applied as one undoable :class:`~dxworkshop.services.ops.Operation`.
"""
