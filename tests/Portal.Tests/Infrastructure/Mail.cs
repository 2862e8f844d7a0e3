using AngleSharp.Html.Parser;
using MimeKit;

namespace Portal.Tests.Infrastructure;

/// <summary>An email as a person would read it: who it is for, the subject, the language, the links.</summary>
/// <param name="Headers">Every header as received (List-Unsubscribe, Message-Id, ...), for what a mail client acts on.</param>
public sealed record ReceivedEmail(string To, string Subject, string Language, string Text, string Html, string File, string Key = "", HeaderList? Headers = null)
{
    /// <summary>The links of the HTML body, read with AngleSharp.</summary>
    public IReadOnlyList<string> Links =>
        new HtmlParser().ParseDocument(Html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct().ToList();

    public string LinkTo(string path) =>
        Links.FirstOrDefault(l => new Uri(l).AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"The email '{Subject}' has no link to {path}. Links: {string.Join(", ", Links)}");

    /// <summary>One header's value, or null when the email does not have it.</summary>
    public string? Header(string name) => Headers?[name];

    public string MessageId => Headers?[HeaderId.MessageId] ?? string.Empty;
}

/// <summary>Reads .eml files (the mail folder, or a maildir's new/ folder) back into <see cref="ReceivedEmail"/>s with MimeKit.</summary>
public static class Mail
{
    public static IReadOnlyList<ReceivedEmail> ReadFolder(string folder) =>
        !Directory.Exists(folder) ? []
        : Directory.EnumerateFiles(folder).Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time).ThenBy(f => f.File, StringComparer.Ordinal).Select(f => Read(f.File)).ToList();

    public static ReceivedEmail Read(string file)
    {
        using var message = MimeMessage.Load(file);
        var headers = new HeaderList();
        foreach (var header in message.Headers) headers.Add(header.Clone());
        return new ReceivedEmail(
            message.To.Mailboxes.FirstOrDefault()?.Address ?? string.Empty, message.Subject ?? string.Empty,
            message.Body?.Headers[HeaderId.ContentLanguage] ?? message.Headers[HeaderId.ContentLanguage] ?? string.Empty, message.TextBody ?? string.Empty, message.HtmlBody ?? string.Empty,
            file, message.Headers["X-Portal-Key"] ?? string.Empty, headers);
    }
}
