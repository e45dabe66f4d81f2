using System.Collections.Concurrent;
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
/// per user, and verified per call). A question asked again while its first answer is still being made waits for
/// that answer (<see cref="MakeOnceAsync"/>) instead of making its own: in a burst the same trending question
/// arrives hundreds of times before the first answer is back.
/// </summary>
public sealed class ReplyCache
{
    private readonly ConcurrentLru<Key, Entry>? _entries;

    // Answers being made, by question and the knowledge they are made from (a reload's new questions never wait for
    // an old answer); removed when made, so this holds at most the questions in flight.
    private readonly ConcurrentDictionary<(Key, KnowledgeState), Task<BotReply>> _making = new();

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

    /// <summary>
    /// The reply for this question: made by <paramref name="make"/> and kept, or, when another asker is already making
    /// it, that asker's reply. With the cache off every call makes its own (as every lookup misses).
    /// </summary>
    public Task<BotReply> MakeOnceAsync(KnowledgeState state, string question, string? languageHint, bool ephemeral, Func<Task<BotReply>> make)
    {
        ArgumentNullException.ThrowIfNull(make);
        if (_entries is null) return make();
        var key = (new Key(question, languageHint, ephemeral), state);
        var mine = new TaskCompletionSource<BotReply>(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = _making.GetOrAdd(key, mine.Task);
        if (running != mine.Task) return running;
        _ = MakeAndKeepAsync(key, mine, make);
        return mine.Task;
    }

    private async Task MakeAndKeepAsync((Key Key, KnowledgeState State) key, TaskCompletionSource<BotReply> result, Func<Task<BotReply>> make)
    {
        try
        {
            var reply = await make().ConfigureAwait(false);
            result.SetResult(Keep(key.State, key.Key.Question, key.Key.LanguageHint, key.Key.Ephemeral, reply));
        }
        catch (Exception e)
        {
            // Each waiter fails as the maker did (its handler logs and apologizes); the next asker tries again.
            result.SetException(e);
        }
        finally
        {
            _making.TryRemove(new KeyValuePair<(Key, KnowledgeState), Task<BotReply>>(key, result.Task));
        }
    }

    private readonly record struct Key(string Question, string? LanguageHint, bool Ephemeral);

    private sealed record Entry(KnowledgeState State, BotReply Reply);
}
