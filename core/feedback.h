#pragma once
// Progress and cancellation for long operations, shared by the CLI and the GUI.
// Made on the calling thread, polled by workers; no Qt, no globals.

#include <atomic>
#include <functional>
#include <mutex>

namespace covplan::core {

class Feedback {
  public:
    using ProgressFn = std::function<void(double fraction)>;

    Feedback() = default;
    explicit Feedback(ProgressFn on_progress) : m_on_progress(std::move(on_progress)) {}

    //! Thread-safe; may be called from any thread, e.g. a GUI cancel button.
    void cancel() { m_canceled.store(true, std::memory_order_relaxed); }
    [[nodiscard]] bool is_canceled() const { return m_canceled.load(std::memory_order_relaxed); }

    //! Thread-safe; fraction in [0, 1]. The callback is serialised by a mutex.
    void set_progress(double fraction) {
        if (!m_on_progress) return;
        std::lock_guard lock(m_mutex);
        m_on_progress(fraction);
    }

  private:
    std::atomic<bool> m_canceled{false};
    ProgressFn m_on_progress;
    std::mutex m_mutex;
};

}  // namespace covplan::core
