"""crmdesk: a desktop CRM that keeps customer data in an encrypted vault."""

__version__ = "0.1.0"
