import { useNavigate } from 'react-router';
import { backlogPath } from '../app.tsx';
import { useProducts } from '../products/use-products.ts';

/** With more than one product, a menu to go to another product's backlog. */
export function ProductSwitcher({ productKey }: { productKey: string }) {
  const products = useProducts();
  const navigate = useNavigate();
  const list = products.data?.data ?? [];
  if (list.length < 2) return null;
  return (
    <label className="product-switcher">
      <span className="visually-hidden">Switch product</span>
      <select value={productKey} onChange={(event) => void navigate(backlogPath(event.target.value))}>
        {list.map((product) => (
          <option key={product.key} value={product.key}>
            {product.name}
          </option>
        ))}
      </select>
    </label>
  );
}
