using System.Text;
using AngleSharp.Html.Parser;

namespace Portal.Tests.Infrastructure;

/// <summary>An email as a person would read it: who it is for, the subject, the language, the links.</summary>
public sealed record ReceivedEmail(string To, string Subject, string Language, string Text, string Html, string File, string Key = "")
{
    /// <summary>The links of the HTML body, read with AngleSharp.</summary>
    public IReadOnlyList<string> Links =>
        new HtmlParser().ParseDocument(Html).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).Distinct().ToList();

    public string LinkTo(string path) =>
        Links.FirstOrDefault(l => new Uri(l).AbsolutePath.Equals(path, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"The email '{Subject}' has no link to {path}. Links: {string.Join(", ", Links)}");
}

/// <summary>Reads .eml files (the pickup folder, or a maildir's new/ folder) back into <see cref="ReceivedEmail"/>s.</summary>
public static class Mail
{
    public static IReadOnlyList<ReceivedEmail> ReadFolder(string folder) =>
        !Directory.Exists(folder) ? []
        : Directory.EnumerateFiles(folder).Select(f => (File: f, Time: File.GetLastWriteTimeUtc(f)))
            .OrderBy(f => f.Time).Select(f => Parse(File.ReadAllText(f.File), f.File)).ToList();

    public static ReceivedEmail Parse(string raw, string file)
    {
        var (headers, body) = SplitHeaders(raw);
        var contentType = headers.GetValueOrDefault("content-type", "text/plain");
        string text = string.Empty, html = string.Empty;
        if (contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase))
        {
            var boundary = Parameter(contentType, "boundary");
            foreach (var part in body.Split("--" + boundary).Skip(1))
            {
                if (part.StartsWith("--", StringComparison.Ordinal)) break;
                var (ph, pb) = SplitHeaders(part.TrimStart('\r', '\n'));
                var decoded = Decode(pb, ph.GetValueOrDefault("content-transfer-encoding", "7bit"), Parameter(ph.GetValueOrDefault("content-type", ""), "charset"));
                if (ph.GetValueOrDefault("content-type", "").StartsWith("text/html", StringComparison.OrdinalIgnoreCase)) html = decoded;
                else text = decoded;
            }
        }
        else
        {
            text = Decode(body, headers.GetValueOrDefault("content-transfer-encoding", "7bit"), Parameter(contentType, "charset"));
        }
        return new ReceivedEmail(
            Address(headers.GetValueOrDefault("to", "")), DecodeWords(headers.GetValueOrDefault("subject", "")),
            headers.GetValueOrDefault("content-language", ""), text, html, file, headers.GetValueOrDefault("x-portal-key", ""));
    }

    private static (Dictionary<string, string> Headers, string Body) SplitHeaders(string raw)
    {
        raw = raw.Replace("\r\n", "\n", StringComparison.Ordinal);
        var end = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var head = end < 0 ? raw : raw[..end];
        var body = end < 0 ? string.Empty : raw[(end + 2)..];
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        string? last = null;
        foreach (var line in head.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && last is not null)
                headers[last] += " " + line.Trim();
            else if (line.IndexOf(':', StringComparison.Ordinal) is var colon and > 0)
            {
                last = line[..colon].Trim();
                headers[last] = line[(colon + 1)..].Trim();
            }
        }
        return (headers, body);
    }

    private static string Parameter(string header, string name)
    {
        foreach (var piece in header.Split(';').Skip(1))
        {
            var kv = piece.Split('=', 2);
            if (kv.Length == 2 && kv[0].Trim().Equals(name, StringComparison.OrdinalIgnoreCase)) return kv[1].Trim().Trim('"');
        }
        return string.Empty;
    }

    private static string Address(string header) =>
        header.Contains('<', StringComparison.Ordinal) ? header[(header.IndexOf('<', StringComparison.Ordinal) + 1)..header.IndexOf('>', StringComparison.Ordinal)] : header.Trim();

    private static string Decode(string body, string transferEncoding, string charset)
    {
        var encoding = string.IsNullOrEmpty(charset) ? Encoding.UTF8 : Encoding.GetEncoding(charset);
        return transferEncoding.ToLowerInvariant() switch
        {
            "base64" => encoding.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => encoding.GetString(QuotedPrintable(body.TrimEnd('\n'))),
            _ => body,
        };
    }

    private static byte[] QuotedPrintable(string s)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '=' && i + 1 < s.Length && s[i + 1] == '\n') { i++; continue; }
            if (s[i] == '=' && i + 2 < s.Length && Uri.IsHexDigit(s[i + 1]) && Uri.IsHexDigit(s[i + 2]))
            {
                bytes.Add(Convert.ToByte(s.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            bytes.AddRange(Encoding.UTF8.GetBytes(s[i].ToString()));
        }
        return [.. bytes];
    }

    /// <summary>RFC 2047 encoded words, as System.Net.Mail writes UTF-8 subjects.</summary>
    private static string DecodeWords(string header)
    {
        var result = new StringBuilder();
        foreach (var word in header.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (word.StartsWith("=?", StringComparison.Ordinal) && word.EndsWith("?=", StringComparison.Ordinal))
            {
                var parts = word[2..^2].Split('?');
                var enc = Encoding.GetEncoding(parts[0]);
                result.Append(parts[1].Equals("B", StringComparison.OrdinalIgnoreCase)
                    ? enc.GetString(Convert.FromBase64String(parts[2]))
                    : enc.GetString(QuotedPrintable(parts[2].Replace('_', ' '))));
            }
            else
            {
                if (result.Length > 0) result.Append(' ');
                result.Append(word);
            }
        }
        return result.ToString();
    }
}
