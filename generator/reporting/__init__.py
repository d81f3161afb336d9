"""What the catalogue still needs: translations, source wording, outcomes, fresh reviews.

`collect` gathers plain values; `render` turns them into text or JSON. Nothing
here fails a build: the report informs editors, the validator enforces rules.
"""
