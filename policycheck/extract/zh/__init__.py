"""Chinese statement analysis (`ChineseAnalyzer`); the names other modules import are re-exported here."""

from .analyzer import (UPLOAD_DENIAL, _ACCESSING_PARTY, ChineseAnalyzer, _continue_merger, _parentheses,
                       _providers_of_described_sdks, names_sdk_or_feature, permission_names)

__all__ = ["ChineseAnalyzer", "UPLOAD_DENIAL", "_ACCESSING_PARTY", "_continue_merger", "_parentheses",
           "_providers_of_described_sdks", "names_sdk_or_feature", "permission_names"]
