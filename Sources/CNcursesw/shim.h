#ifndef LEADS_CNCURSESW_SHIM_H
#define LEADS_CNCURSESW_SHIM_H

/* SwiftPM drops the -D flags pkg-config gives, so wide-character support is switched on here,
   before curses.h is read. */
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif

#include <locale.h>
#include <wchar.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>
#include <sys/ioctl.h>
#include <ncursesw/curses.h>

/* Globals and macros do not cross into Swift 6: each is wrapped in an inline function. */
static inline WINDOW *leads_stdscr(void) { return stdscr; }
static inline int leads_lines(void) { return LINES; }
static inline int leads_cols(void) { return COLS; }
static inline int leads_colors(void) { return COLORS; }
static inline int leads_color_pairs(void) { return COLOR_PAIRS; }
static inline attr_t leads_color_pair(int n) { return (attr_t)COLOR_PAIR(n); }
static inline void leads_set_escdelay(int ms) { set_escdelay(ms); }
static inline void leads_getmaxyx(WINDOW *w, int *y, int *x) { int yy, xx; getmaxyx(w, yy, xx); *y = yy; *x = xx; }
static inline attr_t leads_a_bold(void) { return A_BOLD; }
static inline attr_t leads_a_reverse(void) { return A_REVERSE; }
static inline attr_t leads_a_underline(void) { return A_UNDERLINE; }
static inline attr_t leads_a_dim(void) { return A_DIM; }
static inline attr_t leads_a_normal(void) { return A_NORMAL; }
static inline int leads_key_code_yes(void) { return KEY_CODE_YES; }

/* Terminal modes that curses does not manage: bracketed paste and mouse reporting. Written
   straight to the terminal fd so they take effect immediately. */
static inline void leads_write_fd(int fd, const char *s) {
    size_t n = 0; while (s[n]) n++;
    ssize_t w = write(fd, s, n); (void)w;
}
static inline void leads_write_tty(const char *s) { leads_write_fd(STDOUT_FILENO, s); }

/* A terminfo string capability of the current terminal, or NULL when it has none. */
static inline const char *leads_string_capability(const char *name) {
    char *s = tigetstr(name);
    return (s == NULL || s == (char *)-1 || *s == 0) ? NULL : s;
}

static inline FILE *leads_stdout_file(void) { return stdout; }
static inline FILE *leads_stdin_file(void) { return stdin; }
static inline int leads_err(void) { return ERR; }
static inline mmask_t leads_all_mouse_events(void) { return ALL_MOUSE_EVENTS; }

/* The C library's idea of a character's width, which is what curses lays out by. Declared here
   because glibc hides it unless _XOPEN_SOURCE is set, which SwiftPM does not pass. */
extern int wcwidth(wchar_t c);
static inline int leads_wcwidth(wchar_t c) { return wcwidth(c); }

/* Gives the free pages of every malloc arena back to the kernel. glibc only returns memory from
   the top of a heap by itself, so a long session that parsed many pages on several threads keeps
   their freed pages resident; malloc.h is not in Swift's Glibc module. Elsewhere, nothing to do. */
#ifdef __GLIBC__
#include <malloc.h>
static inline void leads_return_free_memory(void) { malloc_trim(0); }
#else
static inline void leads_return_free_memory(void) {}
#endif

/* The terminal's size as the kernel knows it (ioctl is variadic, so Swift cannot call it). */
static inline int leads_window_size(int fd, int *rows, int *cols) {
    struct winsize ws;
    if (ioctl(fd, TIOCGWINSZ, &ws) != 0 || ws.ws_row == 0 || ws.ws_col == 0) return -1;
    *rows = ws.ws_row; *cols = ws.ws_col;
    return 0;
}

/* Mouse: MEVENT and the BUTTON masks are macros over a struct; flattened for Swift. */
static inline int leads_getmouse(int *x, int *y, unsigned long *bstate) {
    MEVENT e;
    if (getmouse(&e) != OK) return ERR;
    *x = e.x; *y = e.y; *bstate = (unsigned long)e.bstate;
    return OK;
}
static inline unsigned long leads_mouse_left(void) { return (unsigned long)(BUTTON1_PRESSED | BUTTON1_CLICKED); }
static inline unsigned long leads_mouse_wheel_up(void) { return (unsigned long)BUTTON4_PRESSED; }
static inline unsigned long leads_mouse_wheel_down(void) {
#ifdef BUTTON5_PRESSED
    return (unsigned long)BUTTON5_PRESSED;
#else
    return 0;
#endif
}

/* Last line of defence, registered with atexit: if the program exits while curses still owns
   the terminal (an exit() somewhere below us), put the terminal back. */
static inline void leads_atexit_restore(void) {
    if (stdscr != NULL && !isendwin()) {
        leads_write_tty("\033[?2004l\033[?1000l\033[?1006l");
        endwin();
    }
}
static inline void leads_register_atexit(void) { atexit(leads_atexit_restore); }

#endif
