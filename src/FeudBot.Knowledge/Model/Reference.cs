namespace FeudBot.Knowledge.Model;

/// <summary>
/// One entry of a note's reference list. <see cref="Number"/> is its 1-based position, the same in every
/// language of a story. <see cref="UrlDate"/> is the date the URL itself holds (<c>/2025/08/16/</c>,
/// <c>/2025/sep/25/</c>, <c>-2025-9</c>), when it holds one.
/// </summary>
public sealed record Reference(int Number, string Title, Uri Url, EventDate? UrlDate, SourceSpan Source);
