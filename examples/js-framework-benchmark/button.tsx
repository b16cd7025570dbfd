// A benchmark button: Bootstrap markup around a click handler.
export function Button({ id, title, onClick }: { id: string; title: string; onClick: () => void }) {
  return (
    <div class="col-sm-6 smallpad">
      <button type="button" class="btn btn-primary btn-block" id={id} onClick={onClick}>
        {title}
      </button>
    </div>
  );
}
