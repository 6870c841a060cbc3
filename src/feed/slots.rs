//! Body slots: how many fetched bodies are held at once, and the buffers they are read
//! into, kept from one body to the next.
//!
//! Keeping the buffers is about memory more than speed. A feed body is megabytes, so
//! glibc's allocator maps it on its own; freeing such a block makes the allocator raise
//! its thresholds to that size, after which every thread's heap keeps that much free
//! memory instead of returning it. That retention was a fifth of a big refresh's peak
//! (12 feeds of 500 articles: 86–95 MiB, and 68–72 MiB with the thresholds pinned by
//! `MALLOC_MMAP_THRESHOLD_`). A buffer that is reused is never freed, so the thresholds
//! stay low (100 feeds of 500 articles: 97–108 MiB before, about 74 MiB with this and
//! the repairs' lazy copy); it also spares the page faults of mapping fresh memory for
//! every body.

use std::sync::{Arc, Mutex, PoisonError};

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

/// At most `n` bodies held at once, each in a buffer that goes back to the pool.
#[derive(Debug)]
pub struct BodySlots {
    permits: Arc<Semaphore>,
    spare: Mutex<Vec<Vec<u8>>>,
    /// How many slots there are, and so how many buffers are worth keeping.
    n: usize,
    /// Largest buffer worth keeping: the response cap, so every body's buffer is kept.
    keep_up_to: usize,
}

/// One held slot, with the buffer to read a body into.
#[derive(Debug)]
pub struct BodySlot {
    _permit: OwnedSemaphorePermit,
    slots: Arc<BodySlots>,
}

impl BodySlots {
    /// `n` slots, keeping buffers of up to `keep_up_to` bytes.
    pub fn new(n: usize, keep_up_to: usize) -> Arc<BodySlots> {
        let n = n.max(1);
        Arc::new(BodySlots {
            permits: Arc::new(Semaphore::new(n)),
            spare: Mutex::new(Vec::with_capacity(n)),
            n,
            keep_up_to,
        })
    }

    /// Waits for a free slot; `None` only if the slots were closed.
    pub async fn acquire(self: &Arc<Self>) -> Option<(BodySlot, Vec<u8>)> {
        let permit = self.permits.clone().acquire_owned().await.ok()?;
        let buffer = self
            .spare
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .pop()
            .unwrap_or_default();
        Some((
            BodySlot {
                _permit: permit,
                slots: self.clone(),
            },
            buffer,
        ))
    }

    fn keep(&self, mut buffer: Vec<u8>) {
        if buffer.capacity() == 0 || buffer.capacity() > self.keep_up_to {
            return;
        }
        buffer.clear();
        let mut spare = self.spare.lock().unwrap_or_else(PoisonError::into_inner);
        // One buffer per slot at most: more would only be memory nobody reads into.
        if spare.len() < self.n {
            spare.push(buffer);
        }
    }
}

impl BodySlot {
    /// Frees the slot and gives `buffer` (the body's, or whatever buffer the body ended
    /// in) back for the next body.
    pub fn release(self, buffer: Vec<u8>) {
        self.slots.keep(buffer);
    }
}

/// Feeds being prepared (parsed, turned into documents, their actors found) or waiting
/// to be written: at most one per core plus one, and at most [`PREP_UNIT`] bytes of
/// body per slot between them.
///
/// A feed holds its slot until it is written, because until then its articles are in
/// memory, several times its body's size. With one slot per core, a core went idle
/// whenever both prepared feeds waited for the writer; a spare slot keeps it busy (cold
/// refresh of 100 feeds × 100 articles: 1.95 → 1.79 s). But a third 4 MB feed in flight
/// took the peak memory of 100 feeds × 500 articles from 75 to 87–93 MiB, so a feed
/// counts for its body's size when that is more than a slot's share: small feeds get
/// every slot, big ones as many as the bytes allow, and one bigger than all of them
/// runs alone (the feeds after it wait their turn, first come first served, rather
/// than pass it).
#[derive(Debug)]
pub struct PrepSlots {
    permits: Arc<Semaphore>,
    /// A slot's share of the budget, in KiB.
    unit: u32,
    /// The whole budget, in KiB.
    total: u32,
}

/// A slot's share of the preparation budget, in bytes.
pub const PREP_UNIT: usize = 3 << 20;

impl PrepSlots {
    /// `cores + 1` slots, each worth [`PREP_UNIT`] bytes of body.
    pub fn new(cores: usize) -> Arc<PrepSlots> {
        let unit = u32::try_from(PREP_UNIT >> 10).unwrap_or(u32::MAX);
        let slots = u32::try_from(cores.max(1).saturating_add(1)).unwrap_or(u32::MAX);
        // Far below `Semaphore::MAX_PERMITS` (`usize::MAX >> 3`) for any core count.
        let total = unit.saturating_mul(slots);
        Arc::new(PrepSlots {
            permits: Arc::new(Semaphore::new(usize::try_from(total).unwrap_or(usize::MAX))),
            unit,
            total,
        })
    }

    /// Waits until a feed whose body is `body_len` bytes may be prepared; `None` only if
    /// the slots were closed. Hold the permit until the feed is written.
    pub async fn acquire(&self, body_len: usize) -> Option<OwnedSemaphorePermit> {
        let kib = u32::try_from(body_len.div_ceil(1024)).unwrap_or(u32::MAX);
        let weight = kib.clamp(self.unit, self.total);
        self.permits.clone().acquire_many_owned(weight).await.ok()
    }
}

#[cfg(test)]
mod tests {
    use super::{BodySlots, PREP_UNIT, PrepSlots};

    fn block_on<F: std::future::Future>(f: F) -> F::Output {
        tokio::runtime::Builder::new_current_thread()
            .enable_time()
            .build()
            .unwrap()
            .block_on(f)
    }

    #[test]
    fn a_released_buffer_is_read_into_again() {
        block_on(async {
            let slots = BodySlots::new(2, 1 << 20);
            let (slot, mut buffer) = slots.acquire().await.unwrap();
            buffer.extend_from_slice(&[7; 5000]);
            let kept = buffer.as_ptr();
            slot.release(buffer);
            let (_slot, buffer) = slots.acquire().await.unwrap();
            assert!(buffer.is_empty(), "handed out cleared");
            assert!(buffer.capacity() >= 5000);
            assert_eq!(buffer.as_ptr(), kept, "the same allocation");
        });
    }

    #[test]
    fn slots_bound_bodies_and_oversized_buffers_are_dropped() {
        block_on(async {
            let slots = BodySlots::new(1, 100);
            let (slot, mut buffer) = slots.acquire().await.unwrap();
            let waiting =
                tokio::time::timeout(std::time::Duration::from_millis(20), slots.acquire());
            assert!(
                waiting.await.is_err(),
                "a second body waits for the one slot"
            );
            buffer.reserve(1000);
            slot.release(buffer);
            let (_slot, buffer) = slots.acquire().await.unwrap();
            assert_eq!(buffer.capacity(), 0, "a buffer past the cap is not kept");
        });
    }

    #[test]
    fn small_feeds_get_a_slot_each_and_big_ones_share_the_bytes() {
        block_on(async {
            let short = std::time::Duration::from_millis(20);
            // One core: two slots, of PREP_UNIT bytes each.
            let slots = PrepSlots::new(1);
            let a = slots.acquire(800_000).await.unwrap();
            let b = slots.acquire(1).await.unwrap();
            let third = tokio::time::timeout(short, slots.acquire(1_000));
            assert!(third.await.is_err(), "a third small feed waits");
            drop((a, b));
            // A feed past a slot's share counts for its size: it and a small one do
            // not fit together, two of them do not either.
            let big = slots.acquire(PREP_UNIT + (1 << 20)).await.unwrap();
            let small = tokio::time::timeout(short, slots.acquire(1_000));
            assert!(small.await.is_err(), "a small feed waits beside a big one");
            let other = tokio::time::timeout(short, slots.acquire(PREP_UNIT + (1 << 20)));
            assert!(other.await.is_err(), "a big feed waits beside a big one");
            drop(big);
            // Two cores: three slots, two big feeds at once but not three.
            let two = PrepSlots::new(2);
            let big = PREP_UNIT + (1 << 20);
            let held = (two.acquire(big).await, two.acquire(big).await);
            assert!(held.0.is_some() && held.1.is_some());
            let third = tokio::time::timeout(short, two.acquire(big));
            assert!(third.await.is_err(), "a third big feed waits");
            // A feed bigger than the whole budget runs alone instead of never.
            let huge = tokio::time::timeout(short, slots.acquire(16 << 20));
            let huge = huge.await.expect("runs when nothing else does").unwrap();
            let small = tokio::time::timeout(short, slots.acquire(1_000));
            assert!(small.await.is_err(), "and alone");
            drop(huge);
            assert!(slots.acquire(1_000).await.is_some());
        });
    }
}
