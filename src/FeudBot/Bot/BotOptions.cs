using System.ComponentModel.DataAnnotations;
using FeudBot.Bot.Abuse;
using Microsoft.Extensions.Options;

namespace FeudBot.Bot;

/// <summary>How the bot behaves on Discord (configuration section <c>Bot</c>; environment <c>Bot__Key</c>).</summary>
public sealed class BotOptions
{
    public const string SectionName = "Bot";

    /// <summary>Answer messages that @mention the bot, and DMs to it (<c>Bot:AnswerMentions</c>).</summary>
    public bool AnswerMentions { get; set; } = true;

    /// <summary>
    /// An interaction not answered within this time is deferred (type 5/6) and edited when ready
    /// (<c>Bot:DeferAfter</c>). Discord drops interactions not acknowledged within 3 s; 1.5 s leaves room
    /// for the callback's own round trip. Zero defers every interaction (tests use it to force the slow path).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:02.5", ErrorMessage = "Bot:DeferAfter must be between {1} and {2} (Discord drops interactions not acknowledged within 3 s).")]
    public TimeSpan DeferAfter { get; set; } = TimeSpan.FromMilliseconds(1500);

    /// <summary>
    /// How long a stopping bot waits for interactions in flight (<c>Bot:ShutdownTimeout</c>); 5 s keeps the
    /// whole stop inside Docker's default 10 s grace period.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Bot:ShutdownTimeout must be between {1} and {2}.")]
    public TimeSpan ShutdownTimeout { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Interactions handled at once; more wait in the dispatch queue (<c>Bot:MaxConcurrency</c>).</summary>
    [Range(1, 1024, ErrorMessage = "Bot:MaxConcurrency must be between {1} and {2}.")]
    public int MaxConcurrency { get; set; } = 64;

    /// <summary>
    /// Distinct questions whose rendered answers are kept for repeats (<c>Bot:AnswerCacheSize</c>; 0 turns it
    /// off). An entry is small (one embed), and a reload of the knowledge makes every entry a miss.
    /// </summary>
    [Range(0, 100_000, ErrorMessage = "Bot:AnswerCacheSize must be between {1} and {2} (0 turns the answer cache off).")]
    public int AnswerCacheSize { get; set; } = 2048;

    /// <summary>
    /// Threads that do nothing but run the answer engine (<c>Bot:AnswerThreads</c>; empty: one per core; 0 answers
    /// on the thread that handles the interaction). See <see cref="Handlers.AnswerThreads"/> for why.
    /// </summary>
    [Range(0, 64, ErrorMessage = "Bot:AnswerThreads must be between {1} and {2} (0 answers on the interaction's own thread; empty: one per core).")]
    public int? AnswerThreads { get; set; }

    /// <summary>
    /// Answer a few questions from the note's own titles before connecting (<c>Bot:WarmUp</c>), so the first users
    /// after a start do not wait for the JIT; off only where a test counts the engine's calls.
    /// </summary>
    public bool WarmUp { get; set; } = true;

    /// <summary>The per-user limit (<c>Bot:Cooldown:MaxQuestions</c>, <c>Bot:Cooldown:Window</c>).</summary>
    [ValidateObjectMembers]
    public CooldownOptions Cooldown { get; set; } = new();
}
