"""Loading and checking records. Checkers return diagnostics; reporters print them."""
