"""Value parsers: find typed candidates (money, counts, percentages, dates) in text."""
