using FeudBot.Knowledge.Answers;
using FeudBot.Knowledge.Search;

namespace FeudBot.Knowledge.Questions;

/// <summary>
/// What the parser understood of a question: its language, intent, named dates (relative ones only
/// flagged), the glossary entities it names, the weighted query terms for <see cref="Field"/>, its content
/// words (<see cref="Topics"/>: those that are not names), and the content words the note does not cover
/// (non-empty means decline). <see cref="TopicWords"/> are the topics and the note's synonyms for them, in
/// index form (folded Chinese words, English stems), for proximity checks. <see cref="Future"/> marks a question about what will happen; <see cref="AddressesBot"/> one
/// that talks to the bot ("you", 你) without naming anyone of the story. <see cref="Canonical"/> is the question normalized with its names
/// rewritten to their canonical form for its language (as the note's sentences are compared). <see cref="Origin"/> and
/// <see cref="Involvement"/> and <see cref="AsksAsOf"/>, <see cref="Compares"/>, <see cref="Between"/>, <see cref="Counts"/>, <see cref="Step"/> (what came after: +1, before: -1) and <see cref="Extreme"/> (latest: +1, first: -1) are the <see cref="QuestionMarkers"/> found in it.
/// </summary>
public sealed record ParsedQuestion(
    string Question,
    string Language,
    QuestionIntent Intent,
    IReadOnlyList<DateMention> Dates,
    bool RelativeDate,
    bool Future,
    bool AddressesBot,
    IReadOnlyList<string> Entities,
    string Field,
    IReadOnlyList<WeightedTerm> Terms,
    IReadOnlyList<string> Content,
    IReadOnlyList<string> Topics,
    IReadOnlyList<string> TopicWords,
    IReadOnlyList<string> Uncovered,
    bool Origin = false,
    bool Involvement = false,
    bool AsksAsOf = false,
    bool Compares = false,
    bool Between = false,
    bool Counts = false,
    int Step = 0,
    int Extreme = 0,
    string Canonical = "")
{
    /// <summary>True when every content word is in the note, the glossary or a concept group the note uses.</summary>
    public bool Covered => Uncovered.Count == 0;
}
