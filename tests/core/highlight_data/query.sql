/*
 * Reporting schema and queries for the lending library.
 *
 * This comment contains 'quotes', "identifiers", -- a fake line comment,
 * and a semicolon; none of which end the comment early.
 */

-- Schema ------------------------------------------------------------------

CREATE TABLE IF NOT EXISTS "members" (
    "id"            INTEGER PRIMARY KEY,
    "full name"     TEXT NOT NULL,
    "e-mail"        TEXT UNIQUE,
    joined_on       DATE NOT NULL DEFAULT CURRENT_DATE,
    status          VARCHAR(16) NOT NULL DEFAULT 'active'
        CHECK (status IN ('active', 'suspended', 'left')),
    notes           TEXT DEFAULT ''
);

CREATE TABLE IF NOT EXISTS books (
    id          INTEGER PRIMARY KEY,
    isbn        CHAR(13) NOT NULL UNIQUE,
    title       TEXT NOT NULL,
    author      TEXT NOT NULL,
    published   INTEGER CHECK (published BETWEEN 1450 AND 2100),
    price       NUMERIC(8, 2) DEFAULT 0.00
);

CREATE TABLE IF NOT EXISTS loans (
    id          INTEGER PRIMARY KEY,
    member_id   INTEGER NOT NULL REFERENCES "members" ("id") ON DELETE CASCADE,
    book_id     INTEGER NOT NULL REFERENCES books (id),
    borrowed_at TIMESTAMP NOT NULL,
    due_at      TIMESTAMP NOT NULL,
    returned_at TIMESTAMP NULL
);

CREATE INDEX IF NOT EXISTS idx_loans_open
    ON loans (member_id, due_at)
    WHERE returned_at IS NULL;

-- Seed data: strings with doubled single quotes and odd characters.

INSERT INTO "members" ("id", "full name", "e-mail", joined_on, notes) VALUES
    (1, 'Siobhán O''Connor', 'siobhan@example.invalid', '2021-02-14', 'Prefers "hardbacks"'),
    (2, 'Tomás D''Arcy', NULL, '2022-07-01', 'Line one
Line two of a multi-line string literal'),
    (3, 'Robert ''Bobby'' Tables', 'bobby@example.invalid', '2023-01-09', '--not a comment'),
    (4, 'Mei Lin', 'mei@example.invalid', '2023-11-30', '/* not a comment either */');

INSERT INTO books (id, isbn, title, author, published, price) VALUES
    (10, '9780000000011', 'The Cartographer''s Daughter', 'A. Vale', 2019, 14.99),
    (11, '9780000000028', 'Semicolons; A Love Story', 'P. Reed', 2021, 9.50),
    (12, '9780000000035', '100% Pure "Fiction"', 'J. Park', 2008, 0),
    (13, '9780000000042', 'Backslash \ Tales', 'N. Osei', 1999, 21.00);

INSERT INTO loans (id, member_id, book_id, borrowed_at, due_at, returned_at) VALUES
    (100, 1, 10, '2024-03-01 10:00:00', '2024-03-22 10:00:00', '2024-03-20 16:45:00'),
    (101, 1, 11, '2024-04-02 09:30:00', '2024-04-23 09:30:00', NULL),
    (102, 3, 12, '2024-04-10 14:15:00', '2024-05-01 14:15:00', NULL),
    (103, 4, 13, '2024-02-11 11:00:00', '2024-03-03 11:00:00', NULL);

-- Queries -----------------------------------------------------------------

/* Overdue loans, with a nested subquery and a CASE expression. */
SELECT
    m."full name" AS "Member",
    b.title AS "Book Title",
    l.due_at,
    CASE
        WHEN julianday('2024-05-01') - julianday(l.due_at) > 30 THEN 'very late'
        WHEN julianday('2024-05-01') - julianday(l.due_at) > 0 THEN 'late'
        ELSE 'on time'
    END AS lateness,
    (
        SELECT COUNT(*)
        FROM loans AS l2
        WHERE l2.member_id = m."id"
          AND l2.returned_at IS NULL
    ) AS open_loans
FROM loans AS l
JOIN "members" AS m ON m."id" = l.member_id
JOIN books AS b ON b.id = l.book_id
WHERE l.returned_at IS NULL
  AND l.due_at < '2024-05-01'
ORDER BY l.due_at ASC, "Member";

-- Common table expressions, window functions and string concatenation.
WITH RECURSIVE
    months (n, month_start) AS (
        SELECT 0, DATE('2024-01-01')
        UNION ALL
        SELECT n + 1, DATE(month_start, '+1 month')
        FROM months
        WHERE n < 5
    ),
    monthly AS (
        SELECT
            strftime('%Y-%m', borrowed_at) AS month,
            COUNT(*) AS loans,
            SUM(CASE WHEN returned_at IS NULL THEN 1 ELSE 0 END) AS still_out
        FROM loans
        GROUP BY 1
    )
SELECT
    strftime('%Y-%m', mo.month_start) AS month,
    COALESCE(ml.loans, 0) AS loans,
    COALESCE(ml.still_out, 0) AS still_out,
    SUM(COALESCE(ml.loans, 0)) OVER (ORDER BY mo.month_start
                                     ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS running_total,
    'Month ' || (mo.n + 1) || ' of ' || '6' AS label
FROM months AS mo
LEFT JOIN monthly AS ml ON ml.month = strftime('%Y-%m', mo.month_start)
ORDER BY mo.month_start;

-- Aggregation with HAVING and a quoted alias containing spaces and quotes.
SELECT
    b.author,
    COUNT(DISTINCT l.member_id) AS "distinct ""readers""",
    ROUND(AVG(b.price), 2) AS avg_price,
    GROUP_CONCAT(b.title, '; ') AS titles
FROM books AS b
LEFT JOIN loans AS l ON l.book_id = b.id
GROUP BY b.author
HAVING COUNT(l.id) >= 1
ORDER BY avg_price DESC NULLS LAST;

-- Updates and deletes guarded by EXISTS / NOT EXISTS.
UPDATE "members"
SET status = 'suspended',
    notes = notes || ' [auto-suspended on ' || DATE('2024-05-01') || ']'
WHERE EXISTS (
    SELECT 1
    FROM loans
    WHERE loans.member_id = "members"."id"
      AND loans.returned_at IS NULL
      AND loans.due_at < DATE('2024-05-01', '-30 days')
);

DELETE FROM books
WHERE NOT EXISTS (SELECT 1 FROM loans WHERE loans.book_id = books.id)
  AND published < 2000;

-- Pattern matching with escaped wildcards.
SELECT title
FROM books
WHERE title LIKE '%100\%%' ESCAPE '\'
   OR title LIKE '%''s%'
   OR lower(title) GLOB '*semicolon*';

/* A view to simplify the dashboard.
   -- nested line-comment markers are just text here */
CREATE VIEW IF NOT EXISTS "v_member_summary" AS
SELECT
    m."id",
    m."full name",
    COUNT(l.id) AS total_loans,
    MAX(l.borrowed_at) AS last_borrowed
FROM "members" m
LEFT JOIN loans l ON l.member_id = m."id"
GROUP BY m."id", m."full name";

SELECT * FROM "v_member_summary" WHERE total_loans > 0; -- trailing comment
