"""policycheck: does an app do what its privacy policy says?"""

__version__ = "0.1.0"
