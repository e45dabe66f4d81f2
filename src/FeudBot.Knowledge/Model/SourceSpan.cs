namespace FeudBot.Knowledge.Model;

/// <summary>Where something came from: a file and a 1-based, inclusive line range.</summary>
public sealed record SourceSpan(string File, int StartLine, int EndLine)
{
    public override string ToString() => StartLine == EndLine ? $"{File}:{StartLine}" : $"{File}:{StartLine}-{EndLine}";
}
