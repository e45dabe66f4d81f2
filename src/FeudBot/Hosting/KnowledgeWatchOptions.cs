using System.ComponentModel.DataAnnotations;

namespace FeudBot.Hosting;

/// <summary>Hot reload of the knowledge folder (keys of the <c>Knowledge</c> section).</summary>
public sealed class KnowledgeWatchOptions
{
    /// <summary><c>Knowledge:Watch</c>: reload when a note or the glossary changes.</summary>
    public bool Watch { get; set; } = true;

    /// <summary><c>Knowledge:ReloadDelay</c>: quiet time after the last change before reloading, so an editor's several writes load once.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Knowledge:ReloadDelay must be between {1} and {2}.")]
    public TimeSpan ReloadDelay { get; set; } = TimeSpan.FromMilliseconds(500);
}
