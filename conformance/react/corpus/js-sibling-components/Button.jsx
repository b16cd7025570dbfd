export function Button({ variant = "primary", onClick, children, ...rest }) {
  return (
    <button className={`btn btn-${variant}`} onClick={onClick} {...rest}>
      {children}
    </button>
  );
}

export function IconButton({ icon, label, ...rest }) {
  return (
    <Button variant="icon" aria-label={label} {...rest}>
      {icon}
    </Button>
  );
}
