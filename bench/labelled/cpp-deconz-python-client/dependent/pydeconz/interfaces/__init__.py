"""Program interfaces."""
