# frozen_string_literal: true

=begin
Report generator for the bookshop.

Everything between =begin and =end is a comment, including things that
look like code:  def fake; "#{not_interpolated}"; end
and heredoc markers such as <<~EOS that must not open a heredoc.
=end

require 'json'
require 'time'

module Bookshop
  VERSION = '2.3.1'
  GENRES = %w[fiction poetry history science travel].freeze
  SYMBOLS = %i[draft published archived].freeze
  SEPARATORS = %w(| / \\ -).freeze
  INTERPOLATED_WORDS = %W[v#{VERSION} build-#{Time.now.year}].freeze

  Book = Struct.new(:title, :author, :price, :tags, keyword_init: true) do
    def to_s
      "#{title} by #{author} (#{format('%.2f', price)})"
    end

    def slug
      title.downcase.gsub(/[^a-z0-9]+/, '-').gsub(/\A-|-\z/, '')
    end
  end

  class Catalog
    include Enumerable

    attr_reader :books

    def initialize(books = [])
      @books = books
      @index = Hash.new { |hash, key| hash[key] = [] }
      books.each { |b| b.tags.each { |t| @index[t] << b } }
    end

    def each(&block)
      return enum_for(:each) unless block_given?

      @books.each(&block)
    end

    def by_tag(tag) = @index.fetch(tag.to_s) { [] }

    def summary
      <<~EOS
        Catalog summary
        ===============
        Books:   #{count}
        Authors: #{map(&:author).uniq.size}
        Tags:    #{@index.keys.sort.map { |t| "#{t}(#{@index[t].size})" }.join(', ')}
        Cheapest: #{min_by(&:price)&.then { |b| "#{b.title} at #{b.price}" } || 'n/a'}
      EOS
    end

    def legacy_banner
      text = <<-EOS
        This heredoc uses the dash form, so the terminator may be indented,
        but the body keeps its leading whitespace.
        Version #{VERSION}; literal \#{escaped} and a tab:\t<-
        EOS
      text.lines.map(&:strip).join("\n")
    end

    def html_and_sql(author)
      html, sql = <<~HTML, <<~SQL
        <ul class="books">
          #{select { |b| b.author == author }.map { |b| "<li>#{b.title}</li>" }.join}
        </ul>
      HTML
        SELECT title, price
        FROM books
        WHERE author = '#{author.gsub("'", "''")}'
        ORDER BY price DESC;
      SQL
      { html: html, sql: sql }
    end

    def raw_template
      <<~'TEMPLATE'
        Nothing is interpolated here: #{title} stays literal,
        and backslashes \n \t are kept as-is.
      TEMPLATE
    end

    def shell_listing
      <<~`CMD`
        echo "listing generated at $(date)"
      CMD
    end
  end

  class Report
    def initialize(catalog, now: Time.now)
      @catalog = catalog
      @now = now
    end

    def to_h
      {
        generated_at: @now.iso8601,
        genres: GENRES.map { |g| { name: g, count: @catalog.by_tag(g).size } },
        totals: {
          price: @catalog.sum(&:price).round(2),
          by_author: @catalog.group_by(&:author).transform_values { |bs| bs.map(&:title) }
        }
      }
    end

    def to_json(*args) = to_h.to_json(*args)

    def headline
      nested = "Top: #{@catalog.max_by(&:price).then { |b| "#{b.title} (#{b.tags.map { |t| "##{t}" }.join(' ')})" }}"
      %Q{#{nested} - {braces} inside %Q are fine}
    end

    def patterns
      {
        isbn: /\A(?:97[89])?\d{9}[\dX]\z/,
        slashy: %r{^/books/(\d+)/(?<slug>[\w-]+)/?$}i,
        multi: /
          (?<year>\d{4}) -   # year
          (?<month>\d{2}) -  # month
          (?<day>\d{2})      # day
        /x
      }
    end
  end

  def self.classify(price)
    case price
    when 0 then :free
    when 0...10 then :cheap
    when 10..30 then :normal
    when Float::INFINITY then :priceless
    else :premium
    end
  end

  def self.describe(value)
    case value
    in { title: String => title, price: Numeric => price } if price > 20
      "expensive #{title}"
    in [first, *rest]
      "list starting with #{first.inspect} and #{rest.size} more"
    in nil
      'nothing'
    else
      "something else: #{value.class}"
    end
  end
end

if __FILE__ == $PROGRAM_NAME
  books = [
    Bookshop::Book.new(title: 'Rivers of "Light"', author: "Ann O'Neil", price: 12.5, tags: %w[fiction travel]),
    Bookshop::Book.new(title: 'Stone & Sky', author: 'J. Park', price: 31.0, tags: ['poetry']),
    Bookshop::Book.new(title: 'A Short History', author: 'J. Park', price: 8.99, tags: %w[history])
  ]
  catalog = Bookshop::Catalog.new(books)
  report = Bookshop::Report.new(catalog)

  puts catalog.summary
  puts catalog.legacy_banner
  puts catalog.html_and_sql('J. Park').values
  puts catalog.raw_template
  puts report.headline
  puts JSON.pretty_generate(report.to_h)
  puts books.map { |b| Bookshop.classify(b.price) }.inspect
  puts Bookshop.describe({ title: 'X', price: 25 })
  puts Bookshop.describe([1, 2, 3])
  puts Bookshop::SEPARATORS.join(' '), Bookshop::INTERPOLATED_WORDS.inspect
  puts ?a + ?b, :"quoted symbol #{1 + 1}", :plain, 1_000.0e-2, 0x1F, 0b1010
  $stderr.puts 'done' unless $DEBUG
end

__END__
Everything after __END__ is data, readable through DATA.read.
It can contain "unbalanced quotes and #{interpolation} markers.
