namespace FeudBot.Knowledge.Model;

/// <summary>What kind of dated thing an event is.</summary>
public enum EventKind
{
    /// <summary>A dated item of the note's escalation list (a bullet with a date label).</summary>
    Escalation,

    /// <summary>A dated statement inside prose (2015年…，2018年左右…).</summary>
    Statement,

    /// <summary>The present state the note describes as of its own date (時至今日（2025年10月）).</summary>
    PresentState,
}
