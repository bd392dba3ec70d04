using System.Diagnostics.CodeAnalysis;

// Descriptors are built from RuleCatalog, the one rule list shared with the generator, so the release-tracking
// analyzer cannot see their IDs and believes the AnalyzerReleases entries are unused (RS2002). The release files
// are checked against the catalog by tests/I2sGen.Tests/Analyzers/RuleCatalogTests.cs instead.
[assembly: SuppressMessage("MicrosoftCodeAnalysisReleaseTracking", "RS2002:Do not add removed analyzer diagnostic IDs to unshipped analyzer release",
    Justification = "IDs come from RuleCatalog; RuleCatalogTests checks the release file.")]
