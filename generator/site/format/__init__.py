"""Words and numbers in the page's language, as plain text: dates, periods, figures, shares.

No markup and no page knowledge: callers escape what they put into HTML.
"""
