#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "generator/render/markdown/markdown.hpp"

namespace aimsgen {
namespace {

bool contains(const std::string& text, std::string_view part) {
    return text.find(part) != std::string::npos;
}

std::string keep(std::string_view url) {
    return std::string(url);
}

std::string render(std::string_view markdown) {
    return markdown_to_html(markdown, keep);
}

TEST(Markdown, RendersGithubExtensions) {
    const std::string html = render(
        "| Risk | Score |\n|------|------:|\n| Bias | 12 |\n\n"
        "- [ ] open task\n- [x] done task\n\n"
        "~~withdrawn~~ and www.example.com\n");
    EXPECT_TRUE(contains(html, "<table>")) << html;
    EXPECT_TRUE(contains(html, "<td>Bias</td>")) << html;
    EXPECT_TRUE(contains(html, "<td align=\"right\">12</td>")) << html;
    EXPECT_TRUE(contains(
        html, "<input type=\"checkbox\" disabled=\"\" aria-label=\"Not done\" /> open task"))
        << html;
    EXPECT_TRUE(contains(
        html,
        "<input type=\"checkbox\" checked=\"\" disabled=\"\" aria-label=\"Done\" /> done task"))
        << html;
    EXPECT_TRUE(contains(html, "<del>withdrawn</del>")) << html;
    EXPECT_TRUE(contains(html, "<a href=\"http://www.example.com\">www.example.com</a>")) << html;
}

TEST(Markdown, OmitsRawHtml) {
    const std::string html = render(
        "<script>alert(1)</script>\n\n"
        "Text with <img src=x onerror=alert(2)> inline and <b onclick=\"x()\">bold</b>.\n\n"
        "<div style=\"display:none\">hidden</div>\n");
    EXPECT_FALSE(contains(html, "<script")) << html;
    EXPECT_FALSE(contains(html, "<img")) << html;
    EXPECT_FALSE(contains(html, "onclick")) << html;
    EXPECT_FALSE(contains(html, "<div")) << html;
    EXPECT_TRUE(contains(html, "raw HTML omitted")) << html;
    EXPECT_TRUE(contains(html, "inline and")) << html;
}

TEST(Markdown, DropsDangerousLinksKeepingTheirText) {
    std::vector<std::string> seen;
    const LinkRewriter spy = [&](std::string_view url) {
        seen.emplace_back(url);
        return std::string(url);
    };
    const std::string html = markdown_to_html(
        "[one](javascript:alert(1)) [two](JaVaScRiPt:alert(2)) [three](vbscript:x) "
        "[four](data:text/html;base64,PHNjcmlwdD4=) [five](file:///etc/passwd) "
        "<javascript:alert(3)>\n\n"
        "[ok](https://example.com/a) [mail](mailto:dpo@example.com)\n",
        spy);
    for (const std::string_view text : {"one", "two", "three", "four", "five"}) {
        EXPECT_TRUE(contains(html, text)) << text << " lost its text: " << html;
    }
    // an autolink's text is its URL: it stays, as text only
    EXPECT_TRUE(contains(html, "five javascript:alert(3)</p>")) << html;
    EXPECT_FALSE(contains(html, "href=\"javascript")) << html;
    EXPECT_FALSE(contains(html, "JaVaScRiPt")) << html;
    EXPECT_FALSE(contains(html, "vbscript")) << html;
    EXPECT_FALSE(contains(html, "data:")) << html;
    EXPECT_FALSE(contains(html, "file:")) << html;
    EXPECT_FALSE(contains(html, "href=\"\"")) << html;
    EXPECT_TRUE(contains(html, "<a href=\"https://example.com/a\">ok</a>")) << html;
    EXPECT_TRUE(contains(html, "<a href=\"mailto:dpo@example.com\">mail</a>")) << html;
    EXPECT_EQ(seen, (std::vector<std::string>{"https://example.com/a", "mailto:dpo@example.com"}));
}

TEST(Markdown, RewriterPointsLinksOrDropsThem) {
    const LinkRewriter rewrite = [](std::string_view url) -> std::string {
        if (url == "../procedures/PRO-001-risk.md#scope") {
            return "PRO-001.html#scope";
        }
        return "";
    };
    const std::string html = markdown_to_html(
        "See [the method](../procedures/PRO-001-risk.md#scope) and [a file](notes.txt).", rewrite);
    EXPECT_TRUE(contains(html, "<a href=\"PRO-001.html#scope\">the method</a>")) << html;
    EXPECT_TRUE(contains(html, "and a file.")) << html;
    EXPECT_FALSE(contains(html, "notes.txt")) << html;
}

TEST(Markdown, NeverLoadsImages) {
    const std::string html = markdown_to_html(
        "![org chart](https://cdn.example.com/chart.png) ![local *diagram*](img/flow.png)\n",
        [](std::string_view url) {
            return url.starts_with("https:") ? std::string(url) : std::string();
        });
    EXPECT_FALSE(contains(html, "<img")) << html;
    EXPECT_TRUE(contains(html, "<a href=\"https://cdn.example.com/chart.png\">org chart</a>"))
        << html;
    EXPECT_TRUE(contains(html, "local <em>diagram</em>")) << html;
    EXPECT_FALSE(contains(html, "img/flow.png")) << html;
}

TEST(Markdown, HeadingsGetUniqueIdsAndMoveUnderThePageTitle) {
    MarkdownOptions options;
    options.top_heading_level = 2;
    const std::string html = markdown_to_html(
        "# Policy\n\n## 3. Scope & *roles*\n\n## 3. Scope & roles\n\n### Main\n\n# Main\n", keep,
        options);
    EXPECT_TRUE(contains(html, "<h2 id=\"policy\">Policy</h2>")) << html;
    EXPECT_TRUE(contains(html, "<h3 id=\"3-scope--roles\">3. Scope &amp; <em>roles</em></h3>"))
        << html;
    EXPECT_TRUE(contains(html, "<h3 id=\"3-scope--roles-1\">")) << html;
    EXPECT_TRUE(contains(html, "<h4 id=\"main-1\">Main</h4>"))
        << html;  // "main" is the page's own id
    EXPECT_TRUE(contains(html, "<h2 id=\"main-2\">Main</h2>")) << html;
    EXPECT_FALSE(contains(html, "<h1")) << html;

    const std::string unchanged = render("## Only second level\n");
    EXPECT_TRUE(contains(unchanged, "<h2 id=\"only-second-level\">")) << unchanged;
}

TEST(Markdown, HeadingSlugs) {
    EXPECT_EQ(heading_slug("1. Purpose"), "1-purpose");
    EXPECT_EQ(heading_slug("Roles, Responsibilities & Authorities"),
              "roles-responsibilities--authorities");
    EXPECT_EQ(heading_slug("Überblick"), "Überblick");
    EXPECT_EQ(heading_slug("\"<>&'"), "section");
}

TEST(Markdown, RefusesBodiesOverTheSizeCap) {
    const std::string big(1024 * 1024 + 1, 'a');
    const std::string html = render(big);
    EXPECT_TRUE(contains(html, "markdown-notice")) << html.substr(0, 200);
    EXPECT_TRUE(contains(html, "more than the 1024 KiB")) << html.substr(0, 300);
    EXPECT_LT(html.size(), 1000u);

    const std::string fits = render(std::string(1024 * 1024 - 10, 'a'));
    EXPECT_FALSE(contains(fits, "markdown-notice"));
}

TEST(Markdown, RefusesAbsurdNesting) {
    std::string quotes(200, '>');
    quotes += " deep\n";
    std::string lists;
    for (int level = 0; level < 100; ++level) {
        lists += std::string(static_cast<std::size_t>(level) * 2, ' ') + "- item\n";
    }
    std::string ordered;
    for (int level = 0; level < 100; ++level) {
        ordered += "1. ";
    }
    ordered += "x\n";
    for (const std::string& input : {quotes, lists, ordered, std::string(100, '[') + "x"}) {
        const std::string html = render(input);
        EXPECT_TRUE(contains(html, "nested more than 32 levels deep"))
            << input.substr(0, 40) << ": " << html;
    }
    const std::string fine = render("> > > quoted three times\n\n- a\n  - b\n    - c\n");
    EXPECT_FALSE(contains(fine, "markdown-notice")) << fine;
    EXPECT_TRUE(contains(fine, "<blockquote>")) << fine;
}

TEST(Markdown, RefusesTablesAndAutolinksThatAreSlowToParse) {
    std::string wide = "|";
    std::string delimiter = "|";
    for (int column = 0; column < 200; ++column) {
        wide += " c |";
        delimiter += "---|";
    }
    EXPECT_TRUE(
        contains(render(wide + "\n" + delimiter + "\n"), "tables of more than 128 columns"));

    std::string long_table = "| a | b | c |\n|---|---|---|\n";
    for (int row = 0; row < 30'000; ++row) {
        long_table += "x\n";
    }
    EXPECT_TRUE(contains(render(long_table), "100000 cells"));

    std::string emails;
    for (int i = 0; i < 2'100; ++i) {
        emails += "a@b.";
    }
    EXPECT_TRUE(contains(render(emails), "'@' signs"));
}

/// Pages render on several threads; cmark-gfm 0.29 keeps the extensions'
/// special characters in a global table while it parses, so unguarded
/// parses at once lose strikethrough or autolinks now and then.
TEST(Markdown, ParallelRendersAgree) {
    std::string doc;
    for (int i = 0; i < 50; ++i) {
        doc += "Some ~~struck~~ text and www.example.com here, with *emphasis* and | a | pipe.\n\n";
    }
    const std::string expected = render(doc);
    ASSERT_TRUE(contains(expected, "<del>struck</del>"));
    std::atomic<int> differing{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 100; ++i) {
                differing += render(doc) == expected ? 0 : 1;
            }
        });
    }
    for (std::thread& thread : threads) {
        thread.join();
    }
    EXPECT_EQ(differing.load(), 0);
}

/// Random documents from Markdown's special characters: none may crash the
/// wrapper or get script or a dangerous link through.
TEST(Markdown, RandomInputStaysSafe) {
    const std::vector<std::string> pieces = {"*",        "_",
                                             "~~",       "`",
                                             "[",        "]",
                                             "(",        ")",
                                             "!",        "<",
                                             ">",        "|",
                                             "-",        "#",
                                             "\n",       "\n\n",
                                             " ",        "  ",
                                             "\t",       "1. ",
                                             "- [ ] ",   "javascript:alert(1)",
                                             "<script>", "www.x.org",
                                             "a@b.c",    "&amp;",
                                             "&#0;",     "\\",
                                             ":",        "---",
                                             "|---|",    "http://x.org",
                                             "```",      "\xc3\xa9",
                                             "\xff",     "[x]: javascript:y\n",
                                             "<!--",     "-->"};
    std::mt19937 random(42);
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    std::uniform_int_distribution<int> length(1, 400);
    for (int round = 0; round < 400; ++round) {
        std::string input;
        for (int n = length(random); n > 0; --n) {
            input += pieces[pick(random)];
        }
        const std::string html = render(input);
        EXPECT_FALSE(contains(html, "<script")) << input;
        EXPECT_FALSE(contains(html, "href=\"javascript")) << input;
        EXPECT_FALSE(contains(html, "<img")) << input;
    }
}

}  // namespace
}  // namespace aimsgen
