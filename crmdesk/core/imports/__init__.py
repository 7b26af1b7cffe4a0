"""Bringing contacts in: files from other programs, and made-up demo contacts."""
