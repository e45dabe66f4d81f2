using BitFaster.Caching.Lru;
using FeudBot.Bot.Knowledge;
using FeudBot.Bot.Routing;

namespace FeudBot.Bot.Handlers;

/// <summary>
/// The rendered extractive replies to the most recent distinct questions (<c>Bot:AnswerCacheSize</c>). An
/// answer is a pure function of the loaded knowledge, the question's text, the locale's language and
/// <c>private:</c>, and a busy server asks the same few questions again and again (a news burst), so a repeat
/// is answered without the engine or the renderer. Each entry remembers the <see cref="KnowledgeState"/> it was
/// made from: after a reload an old entry is a miss, so nothing stale is ever served. Bounded LRU
/// (BitFaster.Caching), safe across threads; answers through a language model are never cached (they are
/// per user, and verified per call).
/// </summary>
public sealed class ReplyCache
{
    private readonly ConcurrentLru<Key, Entry>? _entries;

    /// <param name="capacity">Distinct questions kept; 0 turns the cache off.</param>
    public ReplyCache(int capacity)
    {
        // ConcurrentLru splits its capacity over three queues and needs at least 3.
        if (capacity > 0) _entries = new ConcurrentLru<Key, Entry>(Math.Max(capacity, 3));
    }

    /// <summary>Entries kept now (0 when off).</summary>
    public int Count => _entries?.Count ?? 0;

    /// <summary>
    /// Forgets every entry. The bot never needs it (a reload already makes old entries misses); the load harness
    /// empties the cache before each timed burst so every distinct question in it is computed by its first asker.
    /// </summary>
    public void Clear() => _entries?.Clear();

    /// <summary>The reply cached for this question under <paramref name="state"/>, or null.</summary>
    public BotReply? Find(KnowledgeState state, string question, string? languageHint, bool ephemeral) =>
        _entries is not null && _entries.TryGet(new Key(question, languageHint, ephemeral), out var entry) && ReferenceEquals(entry.State, state)
            ? entry.Reply
            : null;

    /// <summary>
    /// Keeps <paramref name="reply"/>, replacing any entry made from older knowledge, and returns the reply to send:
    /// the kept one, marked <see cref="BotReply.Reused"/> (or <paramref name="reply"/> itself when the cache is off).
    /// </summary>
    public BotReply Keep(KnowledgeState state, string question, string? languageHint, bool ephemeral, BotReply reply)
    {
        if (_entries is null) return reply;
        var kept = reply with { Reused = true };
        _entries.AddOrUpdate(new Key(question, languageHint, ephemeral), new Entry(state, kept));
        return kept;
    }

    private readonly record struct Key(string Question, string? LanguageHint, bool Ephemeral);

    private sealed record Entry(KnowledgeState State, BotReply Reply);
}
