using MimeKit;
using Portal.Web.Email;

namespace Portal.Tests.Rules;

/// <summary>What every email the portal builds carries, and which recipients it refuses before anything is sent.</summary>
public sealed class EmailMessageRules
{
    private static readonly EmailOptions Options = new() { FromAddress = "portal@example.test", FromName = "Portail Conformité" };

    [Theory]
    [InlineData("ana.lima@example.test")]
    [InlineData("Ana Lima <ana.lima@example.test>")]
    [InlineData("o'brien+offers@sub.example.test")]
    public void A_plain_mailbox_is_a_valid_recipient(string address) => Assert.True(EmailOptions.IsValidAddress(address));

    [Theory]
    [InlineData("worker@example.test\r\nBcc: everyone@example.test")]
    [InlineData("worker@example.test\nBcc: everyone@example.test")]
    [InlineData("bad address@")]
    [InlineData("no-at-sign")]
    [InlineData("nobody@")]
    [InlineData("@example.test")]
    [InlineData("one@example.test, two@example.test")]
    [InlineData("friends: one@example.test;")]
    [InlineData("")]
    [InlineData("   ")]
    public void A_line_break_a_list_or_a_malformed_address_is_refused(string address) => Assert.False(EmailOptions.IsValidAddress(address));

    [Theory]
    [InlineData("127.0.0.1", true)]
    [InlineData("127.0.0.53", true)]
    [InlineData("::1", true)]
    [InlineData("[::1]", true)]
    [InlineData("localhost", true)]
    [InlineData("smtp.example.org", false)]
    [InlineData("10.0.0.5", false)]
    [InlineData("localhost.example.org", false)]
    public void Only_a_loopback_host_counts_as_this_machine(string host, bool loopback) => Assert.Equal(loopback, EmailOptions.IsLoopback(host));

    [Fact]
    public void Every_attempt_of_one_outbox_row_carries_the_same_message_id_made_from_the_row_and_the_sender_domain()
    {
        var row = Guid.CreateVersion7();
        var message = new EmailMessage("ana.lima@example.test", "Votre numéro d'offre", "<p>Bonjour</p>", "Bonjour", "fr", "offer:1") { OutboxId = row };
        using var first = EmailSender.Build(message, Options);
        using var retry = EmailSender.Build(message, Options);
        using var other = EmailSender.Build(message with { OutboxId = Guid.CreateVersion7() }, Options);

        Assert.Equal($"{row:N}@example.test", first.MessageId);
        Assert.Equal(first.MessageId, retry.MessageId);
        Assert.NotEqual(first.MessageId, other.MessageId);
    }

    [Fact]
    public void The_text_and_html_bodies_go_as_utf8_alternatives_with_the_language_and_the_outbox_key()
    {
        using var mime = EmailSender.Build(new EmailMessage("ana.lima@example.test", "Votre numéro d'offre", "<p>Numéro : A1234567</p>", "Numéro : A1234567", "fr", "offer:1"), Options);
        var roundTrip = RoundTrip(mime);

        var alternative = Assert.IsType<MultipartAlternative>(roundTrip.Body);
        Assert.Equal(["text/plain", "text/html"], alternative.Select(p => p.ContentType.MimeType));
        Assert.All(alternative.OfType<TextPart>(), p => Assert.Equal("utf-8", p.ContentType.Charset));
        Assert.Equal("Numéro : A1234567", roundTrip.TextBody);
        Assert.Equal("<p>Numéro : A1234567</p>", roundTrip.HtmlBody);
        Assert.Equal("Votre numéro d'offre", roundTrip.Subject);
        Assert.Equal("Portail Conformité", roundTrip.From.Mailboxes.Single().Name);
        Assert.Equal("fr", roundTrip.Body.Headers[HeaderId.ContentLanguage]);
        Assert.Equal("offer:1", roundTrip.Headers["X-Portal-Key"]);
        Assert.Null(roundTrip.Headers[HeaderId.ListUnsubscribe]);
    }

    [Fact]
    public void A_long_outbox_key_is_written_whole_on_one_line_for_whoever_counts_keys_in_the_raw_message()
    {
        var key = $"CommitmentDueSoon:{Guid.NewGuid():N}:2031-05-04:{Guid.NewGuid():N}";
        using var mime = EmailSender.Build(new EmailMessage("ana.lima@example.test", "Rappel", "<p>x</p>", "x", "en", key), Options);
        Assert.Contains($"\r\nX-Portal-Key: {key}\r\n", Raw(mime), StringComparison.Ordinal);
        Assert.Equal(key, RoundTrip(mime).Headers["X-Portal-Key"]);
    }

    [Fact]
    public void A_long_unsubscribe_link_stays_whole_on_one_line_and_the_one_click_post_is_offered_only_over_https()
    {
        var link = "https://portal.example.test/Account/ReminderLink?token=" + new string('A', 400);
        using var https = EmailSender.Build(new EmailMessage("ana.lima@example.test", "Rappel", "<p>x</p>", "x", "en") { Unsubscribe = link }, Options);
        Assert.Contains($"\r\nList-Unsubscribe: <{link}>\r\n", Raw(https), StringComparison.Ordinal);
        var read = RoundTrip(https);
        Assert.Equal($"<{link}>", read.Headers[HeaderId.ListUnsubscribe]);
        Assert.Equal("List-Unsubscribe=One-Click", read.Headers[HeaderId.ListUnsubscribePost]);

        using var plain = EmailSender.Build(new EmailMessage("ana.lima@example.test", "Rappel", "<p>x</p>", "x", "en") { Unsubscribe = "http://localhost:5080/Account/ReminderLink?token=x" }, Options);
        Assert.Equal("<http://localhost:5080/Account/ReminderLink?token=x>", plain.Headers[HeaderId.ListUnsubscribe]);
        Assert.Null(plain.Headers[HeaderId.ListUnsubscribePost]);
    }

    private static MimeMessage RoundTrip(MimeMessage message) => MimeMessage.Load(new MemoryStream(System.Text.Encoding.ASCII.GetBytes(Raw(message))));

    /// <summary>The message as it goes over SMTP: CRLF line ends, as RFC 5322 writes them.</summary>
    private static string Raw(MimeMessage message)
    {
        var format = FormatOptions.Default.Clone();
        format.NewLineFormat = NewLineFormat.Dos;
        using var bytes = new MemoryStream();
        message.WriteTo(format, bytes);
        return System.Text.Encoding.ASCII.GetString(bytes.ToArray());
    }
}
