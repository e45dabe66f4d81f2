using FeudBot.Knowledge.Model;

namespace FeudBot.Knowledge.Loading;

/// <summary>Parses one note file into a <see cref="Note"/>, or adds errors naming file and line.</summary>
internal static class NoteParser
{
    public static Note? Parse(KnowledgeFile file, ActorMatcher actors, List<Diagnostic> diagnostics)
    {
        var errorsBefore = diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        var markdown = MarkdownReader.Read(file.Path, file.Content, diagnostics);
        if (markdown.FrontMatterYaml is null)
        {
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Error, file.Path, 1,
                "no front matter: a note starts with a '---' line, YAML keys (title, lang) and a closing '---' line"));
            return null;
        }
        var frontMatter = FrontMatterReader.Read(markdown.FrontMatterYaml, file.Path, markdown.FrontMatterFirstLine, diagnostics);
        if (frontMatter is null) return null;

        var langValue = FrontMatterReader.Scalar(frontMatter, "lang") ?? FrontMatterReader.Scalar(frontMatter, "language");
        var language = NoteLanguage.FromFrontMatter(langValue);
        if (language is null)
        {
            language = NoteLanguage.FromScript(string.Concat(markdown.Passages.Select(p => p.Text)));
            if (langValue is not null)
                diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, file.Path, markdown.FrontMatterFirstLine,
                    $"unknown lang '{langValue}'; the text looks like {language}"));
        }
        var title = FrontMatterReader.Scalar(frontMatter, "title") ?? markdown.FirstHeading ?? Path.GetFileNameWithoutExtension(file.Path);

        var (rawEvents, asOf) = EventExtractor.Extract(file.Path, markdown, diagnostics);
        var keyed = KeyAssigner.Assign(rawEvents, file.Path, diagnostics);
        if (diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error) > errorsBefore) return null;

        var events = keyed.Select(k => new NoteEvent(
            k.Key, k.Event.Date, k.Event.Kind, k.Event.Title, k.Event.Text,
            actors.Find(k.Event.Text), k.Event.Passages.Select(p => p.Id).ToArray(), k.Event.Source)).ToArray();
        if (events.Length == 0)
            diagnostics.Add(new Diagnostic(DiagnosticSeverity.Warning, file.Path, 1, "the note has no dated events"));
        return new Note(file.Path, language, title, frontMatter, markdown.Passages, markdown.References, asOf, events);
    }
}
