#include "generator/workbook/workbooks.hpp"

#include <fstream>
#include <iterator>

#include "generator/support/sha256.hpp"

namespace aimsgen::workbook {

namespace {

std::string read_bytes(const std::filesystem::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
        throw XlsxError("cannot read back " + file.string());
    }
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

std::vector<Workbook> build_workbooks(const Sources& sources) {
    std::vector<Workbook> books;
    books.push_back(soa_workbook(sources));
    books.push_back(risk_workbook(sources));
    books.push_back(system_workbook(sources));
    books.push_back(review_workbook(sources));
    return books;
}

std::vector<WorkbookFile> write_workbooks(const std::vector<Workbook>& books, const std::filesystem::path& scratch_dir,
                                          const std::function<void(const std::string&, const std::string&)>& deliver) {
    std::vector<WorkbookFile> written(books.size());
    // One book after another: libxlsxwriter formats the document dates with
    // gmtime(), whose one static buffer two books written at once would share.
    // The books are written beside the pages, so both cores stay busy anyway.
    for (std::size_t i = 0; i < books.size(); ++i) {
        // Each book gets its own scratch folder: libxlsxwriter's temporary files
        // and the finished file never meet another book's.
        const std::filesystem::path folder = scratch_dir / std::to_string(i);
        std::filesystem::create_directories(folder);
        const std::filesystem::path file = folder / books[i].file_name;
        write_xlsx(books[i], file, folder);
        const std::string bytes = read_bytes(file);
        WorkbookFile& made = written[i];
        made.path = std::string(k_workbook_folder) + "/" + books[i].file_name;
        made.file_name = books[i].file_name;
        made.title = books[i].title;
        made.subject = books[i].properties.subject;
        made.size = bytes.size();
        made.sha256 = sha256_hex(bytes);
        deliver(made.path, bytes);
        std::filesystem::remove_all(folder);
    }
    return written;
}

}  // namespace aimsgen::workbook
