/// Anything that draws itself into a rectangle of a canvas. Widgets are plain values built from
/// the state to show (rows, selection, text); they keep no state of their own between frames,
/// so the view-model owns selection and scrolling and a frame is a pure function of it.
public protocol Widget {
    /// Draws into `area` of `canvas` and nowhere else.
    func render(in canvas: Canvas, area: Rect)
}

extension Widget {
    /// Draws over the whole canvas.
    public func render(in canvas: Canvas) { render(in: canvas, area: canvas.bounds) }
}
