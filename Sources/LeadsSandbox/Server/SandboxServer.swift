/// The Tiledesk-compatible leads server on SQLite.
public enum SandboxServer {}
