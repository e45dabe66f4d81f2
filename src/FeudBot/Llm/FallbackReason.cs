namespace FeudBot.Llm;

/// <summary>Why the extractive text was served instead of model text. Logged, and shown in <c>ask --json</c>.</summary>
public enum FallbackReason
{
    /// <summary><c>Llm:Enabled</c> is false.</summary>
    Disabled,
    /// <summary>The extractive engine declined, or no event/reference could ground an answer: the model is not asked.</summary>
    NoGrounding,
    /// <summary>The user used up <c>Llm:MaxRequestsPerUserPerHour</c>.</summary>
    Quota,
    /// <summary>The model did not answer within <c>Llm:TimeoutSeconds</c>.</summary>
    Timeout,
    /// <summary>The server answered with an HTTP error (<see cref="SummaryResult.HttpStatus"/>).</summary>
    HttpError,
    /// <summary>Any other failure talking to the model (unreadable reply, connection refused).</summary>
    ModelError,
    /// <summary>The model refused (a refusal field or a content-filter finish).</summary>
    Refusal,
    /// <summary>The reply was cut off by the server's length limit.</summary>
    Truncated,
    /// <summary>The model replied <c>NOT_IN_NOTE</c>: it found no answer in the passages.</summary>
    NotInNote,
    /// <summary>Verification: nothing left after removing think blocks.</summary>
    Empty,
    /// <summary>Verification: a sentence carries no <c>[n]</c>.</summary>
    UncitedSentence,
    /// <summary>Verification: an <c>[n]</c> is not one of the retrieved events' references.</summary>
    UnknownReference,
    /// <summary>Verification: a number or year is not in the cited passages.</summary>
    UnsupportedNumber,
    /// <summary>Verification: a quoted name or phrase is not in the cited passages (nor a glossary equivalent).</summary>
    UnsupportedQuote,
    /// <summary>Verification: the text contains a URL or a link.</summary>
    Link,
    /// <summary>Verification: the text contains @everyone, @here or a user/role/channel mention.</summary>
    Mention,
    /// <summary>Verification: the text is not in the requested language or script.</summary>
    WrongLanguage,
    /// <summary>Verification: the text is longer than the limit.</summary>
    TooLong,
    /// <summary>Verification: the text echoes the prompt (its delimiters or rules) or a configured secret.</summary>
    PromptLeak,
}
