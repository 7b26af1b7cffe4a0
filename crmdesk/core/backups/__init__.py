"""Encrypted backups: make, check, rotate and restore."""
