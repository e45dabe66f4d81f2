namespace FeudBot.Bot.Rendering;

/// <summary>Embed side colours: answers stand out, declines and lists stay quiet.</summary>
public static class EmbedColors
{
    public const int Answer = 0x3B82F6;
    public const int Decline = 0x9CA3AF;
    public const int Timeline = 0x8B5CF6;
    public const int Info = 0x10B981;
}
