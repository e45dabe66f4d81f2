namespace FeudBot.Knowledge.Model;

/// <summary>An error or warning about a knowledge file, naming the file and the 1-based line.</summary>
public sealed record Diagnostic(DiagnosticSeverity Severity, string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Severity.ToString().ToLowerInvariant()}: {Message}";
}

/// <summary>Whether a diagnostic stops the load.</summary>
public enum DiagnosticSeverity
{
    Warning,
    Error,
}
