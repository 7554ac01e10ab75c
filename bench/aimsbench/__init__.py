"""Helpers of the aimsgen benchmark: a synthetic organization generator (make-org) and its runner (run)."""
