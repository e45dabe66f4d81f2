namespace FeudBot.Knowledge.Model;

/// <summary>A reference that supports an event, with how sure the linker is (0..1) and why.</summary>
public sealed record Citation(Reference Reference, double Confidence, string Reason);
