"""Provide a package for python-openevse-http."""
