"""dxworkshop: the facilitator's app for municipal business-improvement and DX training."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("dxworkshop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+source"

APP_NAME = "dxworkshop"
ORGANISATION = "dxworkshop"
FILE_SUFFIX = ".dxw"
