<?php
declare(strict_types=1);

/**
 * Guestbook page: stores entries in a JSON file and renders them.
 *
 * This doc comment mentions ?> which must not end PHP mode inside a comment,
 * plus <<<EOT which must not start a heredoc.
 */

namespace Guestbook;

use DateTimeImmutable;
use InvalidArgumentException;

const STORAGE_FILE = __DIR__ . '/entries.json';
const MAX_LENGTH = 500;

enum Mood: string
{
    case Happy = 'happy';
    case Neutral = 'neutral';
    case Grumpy = 'grumpy';

    public function emoji(): string
    {
        return match ($this) {
            self::Happy => "\u{1F600}",
            self::Neutral => "\u{1F610}",
            self::Grumpy => "\u{1F620}",
        };
    }
}

final class Entry
{
    public function __construct(
        public readonly string $author,
        public readonly string $message,
        public readonly Mood $mood = Mood::Neutral,
        public readonly ?DateTimeImmutable $createdAt = null,
    ) {
        if (mb_strlen($message) > MAX_LENGTH) {
            throw new InvalidArgumentException("Message longer than {$this->limit()} characters");
        }
    }

    private function limit(): int
    {
        return MAX_LENGTH;
    }

    public function toArray(): array
    {
        return [
            'author' => $this->author,
            'message' => $this->message,
            'mood' => $this->mood->value,
            'created_at' => ($this->createdAt ?? new DateTimeImmutable())->format(DATE_ATOM),
        ];
    }

    public static function fromArray(array $row): self
    {
        return new self(
            $row['author'] ?? 'anonymous',
            $row['message'] ?? '',
            Mood::tryFrom($row['mood'] ?? '') ?? Mood::Neutral,
            isset($row['created_at']) ? new DateTimeImmutable($row['created_at']) : null,
        );
    }
}

function h(string $text): string
{
    return htmlspecialchars($text, ENT_QUOTES | ENT_HTML5, 'UTF-8');
}

function load_entries(string $file = STORAGE_FILE): array
{
    if (!is_file($file)) {
        return [];
    }
    $rows = json_decode((string) file_get_contents($file), true, 512, JSON_THROW_ON_ERROR);
    return array_map(fn (array $row): Entry => Entry::fromArray($row), $rows);
}

function save_entries(array $entries, string $file = STORAGE_FILE): void
{
    $json = json_encode(
        array_map(static fn (Entry $e) => $e->toArray(), $entries),
        JSON_PRETTY_PRINT | JSON_UNESCAPED_UNICODE
    );
    file_put_contents($file, $json . "\n", LOCK_EX);
}

$entries = load_entries();
$errors = [];

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    $author = trim($_POST['author'] ?? '');
    $message = trim($_POST['message'] ?? '');
    $mood = Mood::tryFrom($_POST['mood'] ?? '') ?? Mood::Neutral;

    if ($author === '' || !preg_match('/^[\p{L}\p{N} .\'-]{2,40}$/u', $author)) {
        $errors[] = 'Please enter a name (2-40 letters).';
    }
    if ($message === '') {
        $errors[] = "The message can't be empty.";
    }
    if (!$errors) {
        $entries[] = new Entry($author, $message, $mood, new DateTimeImmutable());
        save_entries($entries);
        header('Location: ' . $_SERVER['PHP_SELF'] . '?saved=1', true, 303);
        exit;
    }
}

$count = count($entries);
$title = "Guestbook ({$count} " . ($count === 1 ? 'entry' : 'entries') . ')';

// Heredoc: variables and complex expressions are interpolated.
$intro = <<<HTML
    <section class="intro">
        <h2>Welcome to the {$title}</h2>
        <p>Last entry by {$entries[$count - 1]?->author}, ${count} in total.</p>
        <p>Escapes work too: \$notAVariable and a tab:\t|</p>
    </section>
    HTML;

// Nowdoc: nothing inside is interpolated.
$help = <<<'TEXT'
    Formatting help:
      - Use $variables and {$braces} freely; they are printed literally.
      - Backslashes like \n stay as two characters.
    TEXT;

$sql = <<<SQL
SELECT author, message
FROM entries
WHERE mood = '{$mood->value}'
  AND author LIKE "%{$author}%"
SQL;

$moodOptions = implode('', array_map(
    fn (Mood $m) => sprintf('<option value="%s">%s %s</option>', h($m->value), $m->emoji(), ucfirst($m->value)),
    Mood::cases()
));
?>
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <title><?= h($title) ?></title>
    <style>
        body { font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; }
        .error { color: #b00020; }
        .entry + .entry { border-top: 1px solid #ddd; }
    </style>
</head>
<body>
    <?= $intro ?>

    <?php if (!empty($_GET['saved'])): ?>
        <p class="notice">Thanks! Your entry was saved.</p>
    <?php endif; ?>

    <?php if ($errors): ?>
        <ul class="error">
            <?php foreach ($errors as $error): ?>
                <li><?= h($error) ?></li>
            <?php endforeach; ?>
        </ul>
    <?php endif ?>

    <form method="post" action="<?= h($_SERVER['PHP_SELF']) ?>">
        <label>Name <input name="author" value="<?= h($_POST['author'] ?? '') ?>"></label>
        <label>Mood <select name="mood"><?= $moodOptions ?></select></label>
        <textarea name="message" rows="4" placeholder="Say something nice"></textarea>
        <button type="submit">Sign</button>
    </form>

    <pre class="help"><?= h($help) ?></pre>

    <?php foreach (array_reverse($entries) as $i => $entry): ?>
        <article class="entry" id="entry-<?= $i ?>">
            <h3><?= h($entry->author) ?> <?= $entry->mood->emoji() ?></h3>
            <p><?= nl2br(h($entry->message)) ?></p>
        </article>
    <?php endforeach; ?>

    <script>
        // Embedded JavaScript after the PHP section.
        document.querySelectorAll('.entry').forEach((el, i) => {
            el.title = `Entry #${i + 1}`;
        });
    </script>
    <!-- debug: <?php echo strlen($sql); ?> bytes of SQL -->
</body>
</html>
