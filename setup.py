"""Packaging glue that pyproject.toml cannot express: ship resources/ inside the wheel.

The repository keeps templates, translations, fonts and icons in a top-level
``resources/`` folder; in a wheel they become the package ``dxworkshop_resources``,
which ``dxworkshop.paths.resource_path()`` finds.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["dxworkshop", "dxworkshop.*"]), "dxworkshop_resources"],
    package_dir={"dxworkshop_resources": "resources"},
)
