"""Loan Officer Workstation: the branch desktop application."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("loan-officer-workstation")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0+src"
