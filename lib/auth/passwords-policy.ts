// Shared by the server-side schema and the forms' hints (safe to import in the browser).
export const MIN_PASSWORD_LENGTH = 12;
