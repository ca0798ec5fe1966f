"""mentionflow: brand mentions in, routed customer-care cases out."""

__version__ = "0.1.0"
