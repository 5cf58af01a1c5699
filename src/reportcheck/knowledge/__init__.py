"""What every stage may read and none re-implements: the gazetteer, people's names, weapons, time
zones, shared vocabulary and the rule registry.
"""
