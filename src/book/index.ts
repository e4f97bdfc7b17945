/** Reading a company's real book of business (managers.csv, clients.csv); see scenarios/book-example/README.md. */
export { readBook, parseBook, MANAGERS_FILE, CLIENTS_FILE, type BookOptions, type BookFileContent } from './book.js';
export { BookError, formatProblem, type BookProblem } from './problems.js';
export { MANAGER_COLUMNS, CLIENT_COLUMNS, PAYMENT_VALUES, CATEGORY_VALUES, ROLE_VALUES } from './columns.js';
export { parseNumber } from './numbers.js';
export * from './types.js';
