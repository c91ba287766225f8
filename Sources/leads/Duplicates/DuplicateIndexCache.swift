import Foundation
import LeadDuplicates

/// The duplicate index as the form's checks read it: the file read and its lookup built once, then
/// reused for as long as the file on disk is the same one. The form asks on every leave of the
/// email, phone, name, company, city or country; reading and decoding a 100,000-lead index (22 MB)
/// and building its lookup took seconds each time, so tabbing through a new lead's fields made
/// its warnings late and kept a core busy. An actor, so checks asked while the first read is under
/// way wait for it and share its result instead of each reading the file again. The lookup of a
/// 100,000-lead index holds about 100 MB, so it is let go once no check has asked for `keepFor`
/// (the form is closed, or left alone): a browser left open does not keep it for the session.
actor DuplicateIndexCache {
    /// What identifies one version of the file without reading it. `DuplicateIndexFile.save` writes
    /// a temporary file and renames it, so a new index is a new inode even when its size and
    /// modification time happen to equal the old one's; size and time catch a file rewritten in place.
    struct Signature: Equatable {
        var device: UInt64
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int

        /// The file's signature now, or nil when there is no file.
        init?(path: String) {
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            device = UInt64(info.st_dev)
            inode = UInt64(info.st_ino)
            size = Int64(info.st_size)
            seconds = Int(info.st_mtim.tv_sec)
            nanoseconds = Int(info.st_mtim.tv_nsec)
        }
    }

    let file: DuplicateIndexFile
    /// Long enough to fill in a form at a person's pace, short enough not to hold the memory for
    /// long after.
    let keepFor: Duration
    private var signature: Signature?
    private var lookup: DuplicateLookup?
    private var lastUse = ContinuousClock.now
    private var releaseWaiting = false
    /// How many times the file was read and decoded: once per version of it, not once per check.
    private(set) var reads = 0
    /// Whether a lookup is kept in memory now.
    var isHolding: Bool { lookup != nil }

    init(file: DuplicateIndexFile, keepFor: Duration = .seconds(120)) {
        self.file = file
        self.keepFor = keepFor
    }

    /// The index's lookup, read again only when the file changed since the last read; nil when the
    /// project has no index (or one this program cannot read).
    func current() -> DuplicateLookup? {
        lastUse = .now
        // Taken before reading: a new index renamed in during the read leaves a signature that no
        // longer matches, so the next check reads it rather than keeping the older one.
        guard let now = Signature(path: file.path) else {
            signature = nil
            lookup = nil
            return nil
        }
        if now == signature { return lookup }
        // The old lookup goes first, so the two are never held at once.
        lookup = nil
        reads += 1
        lookup = file.load().map { DuplicateLookup($0.entries) }
        signature = now
        // Idle time counts from the answer: a read slower than `keepFor` must not be let go at once.
        lastUse = .now
        if lookup != nil { releaseWhenIdle() }
        return lookup
    }

    /// One waiting task at a time, which lets the lookup go once no check came for `keepFor`;
    /// each check moves the deadline on.
    private func releaseWhenIdle() {
        guard !releaseWaiting else { return }
        releaseWaiting = true
        Task { await self.waitThenRelease() }
    }

    private func waitThenRelease() async {
        while ContinuousClock.now < lastUse + keepFor {
            try? await Task.sleep(until: lastUse + keepFor, clock: .continuous)
        }
        releaseWaiting = false
        lookup = nil
        signature = nil
    }
}
