"""What every claim kind uses: the raw claim and its mentions, line breaks, hedge cues, sources, event
words, number words.
"""
